{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
with evidence as (
    select * from {{ ref('int_dyad_evidence') }}
    where {{ is_new_article('article_id') }}
),

final as (
    select
        article_id,
        country_a,
        country_b,
        sum(weight) as strength,
        count(distinct sentence_idx) as evidence_sentence_count,
        bool_or(evidence_kind = 'compound') as has_compound_adjective,
        min(sentence_idx) as first_sentence_idx
    from evidence
    group by article_id, country_a, country_b
)

select * from final
