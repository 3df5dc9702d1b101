-- Deprecated alias of marts.dyad_timeline (its old name); removed in the next release.
select * from {{ ref('dyad_timeline').include(database=False) }}
