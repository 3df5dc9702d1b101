{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
with dyads as (
    select * from {{ ref('int_dyad_articles') }}
    where {{ is_new_article('article_id') }}
),

final as (
    select
        article_id,
        country_a,
        country_b,
        strength,
        evidence_sentence_count,
        has_compound_adjective,
        first_sentence_idx,
        score,
        evidence_kind,
        evidence
    from dyads
)

select * from final
