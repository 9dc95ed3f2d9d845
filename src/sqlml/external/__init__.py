"""The embedded engine's runtime for what is not plain SQL.

- `interpreter`: variables, SET/SELECT assignment, PRINT, USE, transactions, IF/WHILE blocks, EXEC.
- `procedures`: CREATE/ALTER/DROP PROCEDURE, their storage in the database file, and calls.
- `script_runtime`: `sp_execute_external_script` with SQL Server's contract.
- `configure`: `sp_configure` and `RECONFIGURE` (external scripts are off until enabled).
- `result_sets`: WITH RESULT SETS checks and conversions; `inserts`: INSERT ... EXEC.
- `calls`, `lexer`, `sqltypes`: reading EXEC statements, tokens, SQL Server types.

Nothing here imports pandas or scikit-learn until a statement needs it.
"""
