with people as (
    select * from {{ ref('int_people') }}
),

final as (
    select
        article_id,
        name,
        role,
        country_code,
        country_source,
        name_as_written,
        char_start,
        char_end
    from people
)

select * from final
