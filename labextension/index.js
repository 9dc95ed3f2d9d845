// Fills in a Markdown cell's {eval} expressions each time the cell is run, Run All included.
//
// jupyterlab-myst evaluates a cell's inline expressions when the cell runs, but it reads them from
// the cell's rendered MyST: under a Run All given soon after the notebook opened, the cells that
// JupyterLab has not rendered yet have none, and it removes their values (they show as
// `glued.NAME`). This plugin reads the expressions from the cell's source instead and asks the
// kernel for them after the code cells queued before it, then stores them where jupyterlab-myst
// reads them (the cell's `user_expressions` metadata), which redraws the sentence with its values.
import { INotebookTracker, NotebookActions } from '@jupyterlab/notebook';

const METADATA_KEY = 'user_expressions';
const EVAL_ROLE = /\{eval\}(`+)([\s\S]*?[^`])\1(?!`)/g;

/** The cell's {eval} expressions in the order they appear, as jupyterlab-myst names them. */
export function inlineExpressions(source) {
  const found = [];
  for (const match of source.matchAll(EVAL_ROLE)) {
    const expression = match[2].trim();
    if (expression && !found.includes(expression)) {
      found.push(expression);
    }
  }
  return found;
}

function evaluate(kernel, expressions) {
  const request = {};
  expressions.forEach((expression, index) => {
    request[`${index}`] = expression;
  });
  return new Promise((resolve, reject) => {
    const future = kernel.requestExecute({ code: '', silent: true, store_history: false, user_expressions: request });
    future.onReply = reply => {
      if (reply.content.status !== 'ok') {
        reject(new Error('the kernel did not run the expressions'));
        return;
      }
      resolve(expressions.map((expression, index) => ({ expression, result: reply.content.user_expressions[`${index}`] })));
    };
  });
}

async function fillIn(tracker, notebook, cell) {
  const panel = tracker.find(candidate => candidate.content === notebook);
  const kernel = panel && panel.sessionContext.session && panel.sessionContext.session.kernel;
  const expressions = inlineExpressions(cell.model.sharedModel.getSource());
  if (!kernel || expressions.length === 0) {
    return;
  }
  // One turn later: Run All sends every code cell's request before any cell's `executed` handler
  // gets here, so the kernel answers these after the code above has run.
  await Promise.resolve();
  const results = await evaluate(kernel, expressions);
  if (!cell.isDisposed) {
    cell.model.setMetadata(METADATA_KEY, results);
  }
}

const plugin = {
  id: 'sqlml-myst-eval:plugin',
  description: 'Evaluates the {eval} expressions of a Markdown cell whenever the cell runs.',
  autoStart: true,
  requires: [INotebookTracker],
  activate: (app, tracker) => {
    NotebookActions.executed.connect((_, { notebook, cell }) => {
      if (cell.model.type === 'markdown') {
        fillIn(tracker, notebook, cell).catch(error => console.warn('sqlml-myst-eval:', error.message));
      }
    });
  }
};

export default plugin;
