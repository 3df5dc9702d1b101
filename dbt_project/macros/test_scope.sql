{#
  What the tests of a build check. A full build tests every row. An incremental build (the
  pipeline passes the var tests_new_articles_only) tests the rows of the articles it added: the
  loads after audit.dbt_state.built_through_seq, which the pipeline advances only after the build.
  Rows of older articles were tested when they arrived and the build did not touch them (models are
  delete+insert on article_id), and every key the marts are tested on starts with article_id or is
  derived from it, so a new row can only collide with rows of its own article. Models without an
  article_id (the dyad aggregates, which an incremental build recomputes for the touched dyads)
  are tested whole.

  The tests then cost the same however large the warehouse grows (at 50,000 articles whole-mart
  tests were still a small part of a one-article build: dbt's cost per node dominates).
#}

{# The load the tests of an incremental build start after (audit.dbt_state, read once per test
   when it runs: the pipeline advances it only after the build), written into the SQL as a
   constant so that DuckDB skips the row groups of older loads. #}
{% macro tested_watermark() %}
    {%- if execute -%}
        {{- return(built_through_seq()) -}}
    {%- endif -%}
    {{- return(0) -}}
{% endmacro %}

{# SQL: is this article id one of the articles the build added? (`true` outside incremental builds)
   `load_seq`: the column of the row's article's load, on a relation that has one (the staging
   views of raw tables, the models): the new rows are then told by it, without looking every
   stored row's article id up. #}
{% macro in_tested_articles(column='article_id', load_seq=none) %}
    {%- if var('tests_new_articles_only', false) -%}
        {%- if load_seq -%}
            {{ load_seq }} > {{ tested_watermark() }}
        {%- else -%}
            {{ in_articles_loaded_after(column, tested_watermark()) }}
        {%- endif -%}
    {%- else -%}
        true
    {%- endif -%}
{% endmacro %}

{# The columns (lowercase) of the model behind `relation` when the model enforces its contract (the
   marts: every column declared in YAML, and a build yielding another fails); none for any other
   relation. Read from dbt's graph at compile time: asking the database costs a query per test. #}
{% macro contract_columns(relation) %}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model'
              and node.config.contract.enforced
              and (node.alias or node.name) | lower == (relation.identifier or '') | lower
              and node.schema | lower == (relation.schema or '') | lower -%}
            {{- return(node.columns.keys() | map('lower') | list) -}}
        {%- endif -%}
    {%- endfor -%}
    {{- return(none) -}}
{% endmacro %}

{# Generic tests (unique, not_null, relationships, accepted_values, ...) read their model through
   this macro (dbt's own, plus the `where` config): on a relation with an article_id column an
   incremental build narrows it to the new articles. #}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set clauses = [] -%}
    {%- set where = config.get('where', '') -%}
    {%- if where -%}
        {%- do clauses.append('(' ~ where ~ ')') -%}
    {%- endif -%}
    {%- if execute and var('tests_new_articles_only', false) and relation is not string -%}
        {%- set columns = contract_columns(relation) -%}
        {%- if columns is none -%}
            {%- set columns = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
        {%- endif -%}
        {%- if 'load_seq' in columns and 'article_id' in columns -%}
            {%- do clauses.append(in_tested_articles('article_id', 'load_seq')) -%}
        {%- elif 'article_id' in columns -%}
            {%- do clauses.append(in_tested_articles('article_id')) -%}
        {%- endif -%}
    {%- endif -%}
    {%- if clauses -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ clauses | join(' and ') }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
