-- Deprecated alias of marts.dyads (its old name); removed in the next release.
select * from {{ ref('dyads').include(database=False) }}
