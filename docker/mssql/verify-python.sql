-- The last step of Microsoft's install guide for ML Services on Linux: SQL Server runs Python through
-- Launchpad. Run by entrypoint.sh after external scripts are enabled; the container reports healthy
-- only once this answered. The packages the course's procedures import are loaded here too, so a
-- runtime that cannot import them fails at start rather than in notebook 06.
EXEC sp_execute_external_script
    @language = N'Python',
    @script = N'
import sys
import pandas, sklearn, skops.io, revoscalepy, sqlml.models
OutputDataSet = pandas.DataFrame({"python": [sys.version.split()[0]], "scikit_learn": [sklearn.__version__]})
'
WITH RESULT SETS ((python NVARCHAR(20) NOT NULL, scikit_learn NVARCHAR(20) NOT NULL));
GO
