{#
  Incremental models process only the articles of loads they have not seen.

  Every raw row carries load_seq, the number of the load that added it. audit.dbt_state holds
  built_through_seq: the last load every model has been built through (the pipeline advances it
  after a successful dbt build, in the same working copy it publishes; flows/pipeline.py). In an
  incremental run a model reads rows with load_seq above it; in a full refresh (or when the model's
  table does not exist yet) it reads everything.

  The watermark is read once per model at compile time and written into the SQL as a constant, so
  DuckDB skips the row groups of older loads on the big raw tables (min/max zone maps) instead of
  probing every row. Models are delete+insert on article_id: building the same load twice (a
  dbt run by hand that the pipeline did not record) replaces rows, it does not duplicate them.
#}

{% macro load_watermark() %}
    {%- if execute and is_incremental() -%}
        {%- set result = run_query("select coalesce(max(built_through_seq), 0) from audit.dbt_state") -%}
        {{- return(result.columns[0].values()[0]) -}}
    {%- endif -%}
    {{- return(none) -}}
{% endmacro %}

{# On a relation that has load_seq (the staging views of raw tables): is this row new? #}
{% macro is_new_row(column='load_seq') %}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        true
    {%- else -%}
        {{ column }} > {{ watermark }}
    {%- endif -%}
{% endmacro %}

{# On any relation with an article id: is this row about an article of a new load? #}
{% macro is_new_article(column='article_id') %}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        true
    {%- else -%}
        {{ in_articles_loaded_after(column, watermark) }}
    {%- endif -%}
{% endmacro %}

{# SQL: is this article id one of an article loaded after `watermark` (a number or a scalar subquery)? #}
{% macro in_articles_loaded_after(column, watermark) %}
    {{- column }} in (select article_id from {{ source('raw', 'articles') }} where load_seq > {{ watermark }})
{%- endmacro %}
