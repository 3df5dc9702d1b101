-- Actor, comparison, interaction and measure stems meet the tokens on an equi-join of their first three letters
-- (int_dyad_evidence): a shorter stem would match no token by that key. Short words are listed as
-- exact cues instead.
select
    cue_kind,
    cue
from {{ ref('stg_relation_cues') }}
where cue_kind in ('actor_stem', 'comparison_stem', 'interaction_stem', 'measure_stem') and length(cue) < 3
