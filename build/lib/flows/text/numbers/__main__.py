"""``python -m flows.text.numbers``: print the dbt seed ``ref_units`` (the unit vocabulary)."""

from flows.text.numbers.units import main

main()
