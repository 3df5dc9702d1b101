{#
  The dyads whose totals (marts.dyads) an incremental build recomputes over all their articles:
  those of the older articles whose canonical or version status the load changes (macro
  rebuilt_older_articles: superseded versions and their near-duplicates). The other dyads the
  load touches only gain articles: their totals are the stored ones plus the new articles'.
  Every touched dyad outside incremental builds.
#}

{# SQL: the dyads of the older rebuilt articles in these models (none when there are none). #}
{% macro recomputed_dyads(models) %}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        {{ touched_dyads(models) }}
    {%- else -%}
        {%- set older = rebuilt_older_articles() -%}
        {%- if older -%}
            select distinct country_a, country_b
            from (
                {%- for name in models %}
                {% if not loop.first %}union all {% endif %}select article_id, country_a, country_b from {{ ref(name) }}
                {%- endfor %}
            ) as rows_of_models
            where country_a is not null and article_id in {{ string_list(older) }}
        {%- else -%}
            select
                null::varchar as country_a,
                null::varchar as country_b
            where false
        {%- endif -%}
    {%- endif -%}
{% endmacro %}

{# Pre-hook of marts.dyads: delete the rows of the dyads recomputed over all their articles (a dyad
   whose only articles were superseded loses its row), logging their keys (delete_keys_logged);
   the others are replaced by key. #}
{% macro delete_recomputed_dyads(models) %}
    {%- if is_incremental() -%}
        {{ delete_keys_logged(recomputed_dyads(models)) }}
    {%- endif -%}
{% endmacro %}
