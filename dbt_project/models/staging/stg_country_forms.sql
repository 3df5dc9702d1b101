with forms as (
    select * from {{ ref('ref_country_forms') }}
),

final as (
    select
        form,
        nullif(entity_code, '') as entity_code,
        entity_type,
        form_kind,
        requires_capital,
        is_ambiguous,
        n_tokens,
        requires_upper
    from forms
)

select * from final
