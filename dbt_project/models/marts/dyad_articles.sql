with dyads as (
    select * from {{ ref('int_dyad_articles') }}
),

final as (
    select
        article_id,
        country_a,
        country_b,
        strength,
        evidence_sentence_count,
        has_compound_adjective,
        first_sentence_idx
    from dyads
)

select * from final
