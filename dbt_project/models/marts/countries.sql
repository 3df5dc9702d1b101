-- One small table of the gazetteer, rebuilt whole by every build.
{{ config(materialized='table') }}

with countries as (
    select * from {{ ref('stg_countries') }}
),

final as (
    select
        country_code,
        iso3,
        name_en,
        name_ru,
        is_un_member
    from countries
)

select * from final
