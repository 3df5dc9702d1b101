with keywords as (
    select * from {{ ref('ref_tone_keywords') }}
),

final as (
    select
        quad_class,
        {{- keyword_stem_columns() }}
    from keywords
)

select * from final
