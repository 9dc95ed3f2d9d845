-- Run by the container at every start: Machine Learning Services may run Python only once
-- 'external scripts enabled' is 1. The setting lives in master, so it survives restarts; setting
-- it again is harmless. SQL Server 2017 and later apply it without a restart.
EXEC sp_configure 'external scripts enabled', 1;
RECONFIGURE WITH OVERRIDE;
GO
