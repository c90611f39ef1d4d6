"""NEASPEC Hub."""
