{#
  The keys an incremental build rewrote, for the standby of a DuckDB-file warehouse
  (flows/warehouses/standby.py): a run catches the standby up by copying only the rows of these
  keys from the published file.

  Every delete+insert of an incremental model also writes to audit.model_changes one row naming
  the model with no key (the model is tracked in this build), and one row per distinct key of the
  rows it inserts (the keys whose rows it deleted are the same keys), when the warehouse has that
  table (the standby creates it; a DuckLake run's working file has none). A full build writes nothing:
  the standby then copies the model whole. A run empties the table before it builds.
#}

{% macro duckdb__get_incremental_delete_insert_sql(arg_dict) %}
    {%- set keys = arg_dict["unique_key"] -%}
    {%- if keys is string -%}{%- set keys = [keys] -%}{%- endif -%}
    {%- set predicates = (arg_dict["incremental_predicates"] or []) + loaded_since_predicate(
        arg_dict["temp_relation"], keys, arg_dict["dest_columns"]
    ) -%}
    {{ log_changed_keys(arg_dict["target_relation"], arg_dict["temp_relation"], keys) }}
    {{ get_delete_insert_merge_sql(
        arg_dict["target_relation"],
        arg_dict["temp_relation"],
        arg_dict["unique_key"],
        arg_dict["dest_columns"],
        predicates
    ) }}
{% endmacro %}

{#
  The delete of a delete+insert keyed by article_id alone, on a model with a load_seq column: it
  looks for the stored rows of the rebuilt articles among the rows of their loads or later ones
  only, `load_seq >= ` the first load among the rows inserted. Every row of an article carries its
  article's load (the loader keeps article ids unique, so one article has one load), so the rows
  the delete must find all pass; and since rows are stored in load order, DuckDB skips the row
  groups of older loads by their min/max statistics instead of reading every stored article id (at
  200,000 articles 10-20 ms less per model and build; the scalar subquery prunes as a constant
  would, without a query of its own). A list of one predicate, or none (another key, no load_seq
  column).
#}
{% macro loaded_since_predicate(source, keys, dest_columns) %}
    {%- set columns = dest_columns | map(attribute='name') | map('lower') | list -%}
    {%- if keys | map('lower') | list == ['article_id'] and 'load_seq' in columns -%}
        {{- return(['load_seq >= (select min(load_seq) from ' ~ source ~ ')']) -}}
    {%- endif -%}
    {{- return([]) -}}
{% endmacro %}

{#
  Does this build log its changes (the warehouse has audit.model_changes)? The pipeline checks the
  working file before the build and passes the answer as DYAD_DBT_CHANGE_LOG (1 or 0,
  flows/transform.py); by hand (the variable unset) the catalog is queried. Not adapter.get_relation:
  the audit schema is no schema of a model, so dbt lists it on the first node that asks and adds
  its relations to its cache one at a time, and a node on another thread asking meanwhile found
  the schema cached without the log table, and did not log.
#}
{% macro change_log_on() %}
    {%- if not execute -%}
        {{- return(false) -}}
    {%- endif -%}
    {%- set given = env_var('DYAD_DBT_CHANGE_LOG', '') -%}
    {%- if given != '' -%}
        {{- return(given == '1') -}}
    {%- endif -%}
    {%- set result = run_query(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        ~ "and schema_name = 'audit' and table_name = 'model_changes'"
    ) -%}
    {{- return(result.columns[0].values()[0] > 0) -}}
{% endmacro %}

{% macro log_changed_keys(target, source, keys) %}
    {%- if keys and change_log_on() %}
    insert into audit.model_changes (model, key_json)
    select '{{ target.schema }}.{{ target.identifier }}', null
    union all
    select distinct
        '{{ target.schema }}.{{ target.identifier }}',
        to_json(struct_pack({% for k in keys %}{{ k }} := {{ k }}{{ ", " if not loop.last }}{% endfor %}))::varchar
    from {{ source }};
    {%- endif %}
{% endmacro %}

{#
  Pre-hook statement of an incremental model: delete the rows whose key (the model's unique_key
  columns) is among the rows of `keys_sql` (a query of those columns), logging each deleted key in
  audit.model_changes as a delete+insert logs the keys it rewrites (when the warehouse has that
  table). A key whose rows the build then writes again is logged twice, which names it once; a
  key it does not write again (a dyad no article makes any more) is logged too, so what reads the
  log (the standby's catch-up, a DuckLake run's publication) deletes its rows as the build did.
#}
{% macro delete_keys_logged(keys_sql) %}
    {%- set keys = config.get('unique_key') -%}
    {%- if keys is string -%}{%- set keys = [keys] -%}{%- endif -%}
    {%- set cols = keys | join(', ') -%}
    {%- if not change_log_on() -%}
        delete from {{ this }} where ({{ cols }}) in ({{ keys_sql }})
    {%- else -%}
        {%- set deleted = 'dyad_deleted_' ~ this.identifier -%}
        create or replace temp table {{ deleted }} as
        select distinct {{ cols }} from {{ this }} where ({{ cols }}) in ({{ keys_sql }});
        insert into audit.model_changes (model, key_json)
        select '{{ this.schema }}.{{ this.identifier }}', null
        union all
        select
            '{{ this.schema }}.{{ this.identifier }}',
            to_json(struct_pack({% for k in keys %}{{ k }} := {{ k }}{{ ", " if not loop.last }}{% endfor %}))::varchar
        from {{ deleted }};
        delete from {{ this }} where ({{ cols }}) in (select {{ cols }} from {{ deleted }});
        drop table {{ deleted }}
    {%- endif -%}
{% endmacro %}
