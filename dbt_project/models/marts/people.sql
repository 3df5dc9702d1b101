with people as (
    select * from {{ ref('int_people') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        name,
        role,
        role_kind,
        country_code,
        country_source,
        name_as_written,
        char_start,
        char_end,
        load_seq
    from people
)

select * from final
