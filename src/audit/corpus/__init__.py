"""Archive-scale auditing: cross-article duplicates, site-wide boilerplate, summaries."""
