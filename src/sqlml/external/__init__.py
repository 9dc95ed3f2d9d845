"""The embedded engine's runtime for what is not plain SQL.

- `interpreter`: variables, SET/SELECT assignment, PRINT, USE, SET NOCOUNT, transactions,
  IF/WHILE/TRY...CATCH blocks, THROW/RAISERROR, EXEC (procedures, dynamic SQL, sp_executesql).
- `procedures`: CREATE [OR ALTER]/ALTER/DROP PROCEDURE, their storage in the database file
  (`sqlml_system.procedures`), and calls with positional, named, default and OUTPUT arguments.
- `script_runtime`: `sp_execute_external_script` with SQL Server's contract.
- `configure`: `sp_configure` and `RECONFIGURE` (`sqlml_system.configurations` in the file the connection
  opened; external scripts are off on a new database, as on a new server), over SQL Server 2022's
  option table (`configuration_options`), advanced options behind 'show advanced options'.
- `databases`: CREATE / DROP DATABASE (a file per database, beside the opened one), USE, three-part
  names, sys.databases; `functions`: CREATE / ALTER / DROP FUNCTION (scalar and inline table-valued,
  as DuckDB macros); `engine_errors`: a DuckDB error as SQL Server's message for the same mistake, or a
  refusal naming the learner's statement.
- `result_sets`: WITH RESULT SETS checks and conversions; `inserts`: INSERT ... EXEC.
- `calls`, `lexer`, `sqltypes`: reading EXEC statements, tokens, SQL Server's types and
  conversion rules; `scope`: variables, scopes and the session's settings.
- `interfaces`: `Host` (what the interpreter needs of its database) and `Runner` (what the statement
  kinds above need of the interpreter), so that no module here imports the engine or the interpreter
  back.

Where the embedded engine behaves differently from SQL Server, it says so:
- a script stops at its first error, and an open transaction is rolled back (SQL Server does
  this under SET XACT_ABORT ON); the error text says that it was rolled back;
- the Python script runs in this process, not in a satellite process started by Launchpad;
- a scalar function's body is compiled to one expression (DECLARE, SET, IF ... ELSE, RETURN): WHILE,
  table variables and multi-statement table-valued functions are refused by name; an inline function's
  columns have no declared types for the translator, so arithmetic over them is refused by name;
- another database's tables are reached by three-part names in statements whose answer does not depend
  on their columns' types (SELECT, INSERT, joins); typed arithmetic over them, and EXEC of another
  database's procedure, are refused by name (USE that database first).

Nothing here imports pandas or scikit-learn until a statement needs it.
"""
