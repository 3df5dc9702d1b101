{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- The pairs an article relates: those whose best evidence (int_dyad_evidence) scores at least
-- var('dyad_min_score'). score is that best score; evidence is the sentence it comes from (the
-- earliest of the best), evidence_kind its kind.
with evidence as (
    select * from {{ ref('int_dyad_evidence') }}
    where {{ is_new_article('article_id') }}
),

sentences as (
    select
        article_id,
        sentence_idx,
        sentence_text
    from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }}
),

pairs as (
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
        arg_min(evidence_kind, (-score, sentence_idx)) as evidence_kind
    from evidence
    group by article_id, country_a, country_b
    having max(score) >= {{ var('dyad_min_score') }}
),

final as (
    select
        pairs.article_id,
        pairs.country_a,
        pairs.country_b,
        pairs.strength,
        pairs.evidence_sentence_count,
        pairs.has_compound_adjective,
        pairs.first_sentence_idx,
        pairs.score,
        pairs.evidence_kind,
        pairs.evidence_sentence_idx,
        trim(sentences.sentence_text) as evidence
    from pairs
    left join sentences
        on
            pairs.article_id = sentences.article_id
            and pairs.evidence_sentence_idx = sentences.sentence_idx
)

select * from final
