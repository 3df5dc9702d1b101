-- Deprecated alias of marts.dyad_tone_timeline (its old name); removed in the next release.
select * from {{ ref('dyad_tone_timeline').include(database=False) }}
