"""The NEASPEC reference dataset (YAML, each record with its source) and its loader."""
