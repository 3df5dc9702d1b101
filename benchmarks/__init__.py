"""Measurements of Dyad: throughput, quality on annotated corpora, scale (see benchmarks/README.md)."""

import os

# The flows these measurements run start temporary Prefect servers: no telemetry from them (its
# service also writes to the server's database and fails on a busy machine with "database is locked").
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
