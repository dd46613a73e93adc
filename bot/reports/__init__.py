"""Reports: pure renderers for team summaries (charts)."""
