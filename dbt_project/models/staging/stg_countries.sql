with countries as (
    select * from {{ ref('ref_countries') }}
),

final as (
    select
        upper(country_code) as country_code,
        upper(iso3) as iso3,
        name_en,
        name_ru,
        is_un_member
    from countries
)

select * from final
