-- One row per article and dyad it relates: the two countries whose best evidence
-- (int_dyad_evidence) scores at least var('dyad_min_score'). score is that best score; evidence is
-- the sentence it comes from (the earliest of the best), evidence_kind its kind.
with evidence as (
    select * from {{ ref('int_dyad_evidence') }}
    where {{ is_new_row('load_seq') }}
),

sentences as (
    select
        article_id,
        sentence_idx,
        sentence_text
    from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }}
),

dyads as (
    select
        article_id,
        country_a,
        country_b,
        sum(weight) as strength,
        count(distinct sentence_idx) as evidence_sentence_count,
        bool_or(evidence_kind = 'compound') as has_compound_adjective,
        min(sentence_idx) as first_sentence_idx,
        max(score) as score,
        arg_min(sentence_idx, (-score, sentence_idx)) as evidence_sentence_idx,
        arg_min(evidence_kind, (-score, sentence_idx)) as evidence_kind,
        any_value(load_seq) as load_seq  -- one per article
    from evidence
    group by article_id, country_a, country_b
    having max(score) >= {{ var('dyad_min_score') }}
),

final as (
    select
        dyads.article_id,
        dyads.country_a,
        dyads.country_b,
        dyads.strength,
        dyads.evidence_sentence_count,
        dyads.has_compound_adjective,
        dyads.first_sentence_idx,
        dyads.score,
        dyads.evidence_kind,
        trim(sentences.sentence_text) as evidence,
        dyads.load_seq
    from dyads
    left join sentences
        on
            dyads.article_id = sentences.article_id
            and dyads.evidence_sentence_idx = sentences.sentence_idx
)

select * from final
