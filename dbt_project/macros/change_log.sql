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
    {{ log_changed_keys(arg_dict["target_relation"], arg_dict["temp_relation"], keys) }}
    {{ get_delete_insert_merge_sql(
        arg_dict["target_relation"],
        arg_dict["temp_relation"],
        arg_dict["unique_key"],
        arg_dict["dest_columns"],
        arg_dict["incremental_predicates"]
    ) }}
{% endmacro %}

{% macro log_changed_keys(target, source, keys) %}
    {%- set log = adapter.get_relation(database=target.database, schema='audit', identifier='model_changes') -%}
    {%- if keys and log is not none %}
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
    {%- set log = adapter.get_relation(database=this.database, schema='audit', identifier='model_changes') -%}
    {%- if log is none -%}
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
