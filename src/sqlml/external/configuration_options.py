"""SQL Server 2022's server configuration options, as `sp_configure` lists them.

Names are spelled as sp_configure shows them (with their unit, as in `recovery interval (min)`); the
minimum, maximum and default values and which options are advanced come from "Server configuration
options (SQL Server)" and each option's own page (the 2019 and 2022 additions: ADR, PolyBase, tempdb
metadata). `hadoop connectivity` is left out: SQL Server 2022 removed PolyBase's Hadoop connector.

On the embedded engine only `external scripts enabled` changes what runs; the others are kept and shown
(sp_configure sets them, RECONFIGURE puts them in force) so that a script written for SQL Server runs
as it does there.
"""
from __future__ import annotations

from dataclasses import dataclass

INT_MIN, INT_MAX = -2147483648, 2147483647


@dataclass(frozen=True)
class Option:
    name: str
    minimum: int
    maximum: int
    default: int
    advanced: bool = False


_A = True   # an advanced option: listed and settable only while 'show advanced options' is 1

OPTIONS_2022 = (
    Option("access check cache bucket count", 0, 16384, 0, _A),
    Option("access check cache quota", 0, INT_MAX, 0, _A),
    Option("Ad Hoc Distributed Queries", 0, 1, 0, _A),
    Option("ADR cleaner retry timeout (min)", 0, 32767, 15, _A),
    Option("ADR Preallocation Factor", 0, 32767, 4, _A),
    Option("affinity I/O mask", INT_MIN, INT_MAX, 0, _A),
    Option("affinity mask", INT_MIN, INT_MAX, 0, _A),
    Option("affinity64 I/O mask", INT_MIN, INT_MAX, 0, _A),
    Option("affinity64 mask", INT_MIN, INT_MAX, 0, _A),
    Option("Agent XPs", 0, 1, 0, _A),
    Option("allow polybase export", 0, 1, 0),
    Option("allow updates", 0, 1, 0),
    Option("automatic soft-NUMA disabled", 0, 1, 0),
    Option("backup checksum default", 0, 1, 0),
    Option("backup compression default", 0, 1, 0),
    Option("blocked process threshold (s)", 0, 86400, 0, _A),
    Option("c2 audit mode", 0, 1, 0, _A),
    Option("clr enabled", 0, 1, 0),
    Option("clr strict security", 0, 1, 1, _A),
    Option("common criteria compliance enabled", 0, 1, 0, _A),
    Option("contained database authentication", 0, 1, 0),
    Option("cost threshold for parallelism", 0, 32767, 5, _A),
    Option("cross db ownership chaining", 0, 1, 0),
    Option("cursor threshold", -1, INT_MAX, -1, _A),
    Option("Database Mail XPs", 0, 1, 0, _A),
    Option("default full-text language", 0, INT_MAX, 1033, _A),
    Option("default language", 0, 9999, 0),
    Option("default trace enabled", 0, 1, 1, _A),
    Option("disallow results from triggers", 0, 1, 0, _A),
    Option("EKM provider enabled", 0, 1, 0, _A),
    Option("external scripts enabled", 0, 1, 0),
    Option("filestream access level", 0, 2, 0),
    Option("fill factor (%)", 0, 100, 0, _A),
    Option("ft crawl bandwidth (max)", 0, 32767, 100, _A),
    Option("ft crawl bandwidth (min)", 0, 32767, 0, _A),
    Option("ft notify bandwidth (max)", 0, 32767, 100, _A),
    Option("ft notify bandwidth (min)", 0, 32767, 0, _A),
    Option("in-doubt xact resolution", 0, 2, 0, _A),
    Option("index create memory (KB)", 704, INT_MAX, 0, _A),
    Option("lightweight pooling", 0, 1, 0, _A),
    Option("locks", 5000, INT_MAX, 0, _A),
    Option("max degree of parallelism", 0, 32767, 0, _A),
    Option("max full-text crawl range", 0, 256, 4, _A),
    Option("max server memory (MB)", 16, INT_MAX, INT_MAX, _A),
    Option("max text repl size (B)", -1, INT_MAX, 65536),
    Option("max worker threads", 128, 32767, 0, _A),
    Option("media retention", 0, 365, 0, _A),
    Option("min memory per query (KB)", 512, INT_MAX, 1024, _A),
    Option("min server memory (MB)", 0, INT_MAX, 0, _A),
    Option("nested triggers", 0, 1, 1),
    Option("network packet size (B)", 512, 32767, 4096, _A),
    Option("Ole Automation Procedures", 0, 1, 0, _A),
    Option("open objects", 0, INT_MAX, 0, _A),
    Option("optimize for ad hoc workloads", 0, 1, 0, _A),
    Option("PH timeout (s)", 1, 3600, 60, _A),
    Option("polybase enabled", 0, 1, 0),
    Option("precompute rank", 0, 1, 0, _A),
    Option("priority boost", 0, 1, 0, _A),
    Option("query governor cost limit", 0, INT_MAX, 0, _A),
    Option("query wait (s)", -1, INT_MAX, -1, _A),
    Option("recovery interval (min)", 0, 32767, 0, _A),
    Option("remote access", 0, 1, 1),
    Option("remote admin connections", 0, 1, 0),
    Option("remote data archive", 0, 1, 0),
    Option("remote login timeout (s)", 0, INT_MAX, 10),
    Option("remote proc trans", 0, 1, 0),
    Option("remote query timeout (s)", 0, INT_MAX, 600),
    Option("Replication XPs", 0, 1, 0, _A),
    Option("scan for startup procs", 0, 1, 0, _A),
    Option("server trigger recursion", 0, 1, 1),
    Option("set working set size", 0, 1, 0, _A),
    Option("show advanced options", 0, 1, 0),
    Option("SMO and DMO XPs", 0, 1, 1, _A),
    Option("tempdb metadata memory-optimized", 0, 1, 0, _A),
    Option("transform noise words", 0, 1, 0, _A),
    Option("two digit year cutoff", 1753, 9999, 2049, _A),
    Option("user connections", 0, 32767, 0, _A),
    Option("user options", 0, 32767, 0),
    Option("xp_cmdshell", 0, 1, 0, _A),
)
