"""The embedded engine's runtime for what is not plain SQL.

- `interpreter`: variables, SET/SELECT assignment, PRINT, USE, SET NOCOUNT, transactions,
  IF/WHILE/TRY...CATCH blocks, THROW/RAISERROR, EXEC (procedures, dynamic SQL, sp_executesql).
- `procedures`: CREATE [OR ALTER]/ALTER/DROP PROCEDURE, their storage in the database file
  (`sqlml_system.procedures`), and calls with positional, named, default and OUTPUT arguments.
- `script_runtime`: `sp_execute_external_script` with SQL Server's contract.
- `configure`: `sp_configure` and `RECONFIGURE` (`sqlml_system.configurations`; external
  scripts are off on a new database, as on a new server).
- `result_sets`: WITH RESULT SETS checks and conversions; `inserts`: INSERT ... EXEC.
- `calls`, `lexer`, `sqltypes`: reading EXEC statements, tokens, SQL Server's types and
  conversion rules.

Where the embedded engine behaves differently from SQL Server, it says so:
- a script stops at its first error, and an open transaction is rolled back (SQL Server does
  this under SET XACT_ABORT ON); the error text says that it was rolled back;
- the Python script runs in this process, not in a satellite process started by Launchpad.

Nothing here imports pandas or scikit-learn until a statement needs it.
"""
