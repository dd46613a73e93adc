"""From service results to message text and inline keyboards."""
