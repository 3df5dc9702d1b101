with keywords as (
    select * from {{ ref('ref_tone_keywords') }}
),

final as (
    select
        stem,
        nullif(next_stem, '') as next_stem,
        exact as is_exact,
        quad_class,
        left(stem, 4) as stem_key,
        case when nullif(next_stem, '') is null then 1 else 2 end as n_tokens,
        note
    from keywords
)

select * from final
