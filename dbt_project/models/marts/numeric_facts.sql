-- is_valid and failed_checks are set by the Great Expectations checkpoint that runs after dbt
-- (flows/validation.py): a fact failing a row-level expectation stays here, flagged.
with facts as (
    select * from {{ ref('int_numeric_facts') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        fact_id,
        article_id,
        quote,
        number_text,
        value,
        value_high,
        unit,
        comparator,
        metric,
        counted,
        change,
        period,
        modality,
        source_field,
        unit_kind,
        country_a,
        country_b,
        sentence,
        sentence_idx,
        char_start,
        char_end,
        raw_char_start,
        raw_char_end,
        true as is_valid,
        cast([] as varchar[]) as failed_checks,
        load_seq
    from facts
)

select * from final
