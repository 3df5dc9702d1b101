with keywords as (
    select * from {{ ref('ref_topic_keywords') }}
),

final as (
    select
        topic,
        stem,
        nullif(next_stem, '') as next_stem,
        exact as is_exact,
        weight,
        left(stem, 4) as stem_key,
        case when nullif(next_stem, '') is null then 1 else 2 end as n_tokens,
        note
    from keywords
)

select * from final
