//! Schema parity: after migrating, the SQLite and the PostgreSQL database describe the same
//! schema, so code that works on one works on the other.
//!
//! Read from each database's catalogue (through the `Any` driver, as the repositories see it)
//! and compared:
//! - tables, except sqlx's `_sqlx_migrations`;
//! - columns: type (lower-cased; SQLite's declared type against PostgreSQL's
//!   `information_schema` `data_type`, with SQLite `blob` read as `bytea`, the one spelling
//!   that differs between the migration folders) and nullability;
//! - primary keys (columns in key order);
//! - indexes, including those behind UNIQUE constraints: columns (or expressions, normalised)
//!   in order, unique and partial flags. Compared by table and shape, never by name: SQLite
//!   names constraint indexes `sqlite_autoindex_*`;
//! - foreign keys: columns, referenced table and columns, ON DELETE and ON UPDATE rules.
//!
//! Not compared: CHECK constraints, column defaults, column order, index sort order and
//! collation, the predicate of a partial index (only that there is one), constraint names.
//!
//! Nullability is taken as declared, except for SQLite's rowid alias (`INTEGER PRIMARY KEY`),
//! which can never hold NULL. Other SQLite primary-key columns are *not* normalised to
//! NOT NULL: without a NOT NULL of their own, SQLite accepts NULL in them (PostgreSQL never
//! does), which is a real difference this test should report.

use crate::testing::{backends, TestDb};
use crate::{Backend, Db};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ColumnShape {
    data_type: String,
    not_null: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct IndexShape {
    /// Column names, or normalised expressions, in index order.
    columns: Vec<String>,
    unique: bool,
    partial: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKeyShape {
    columns: Vec<String>,
    ref_table: String,
    ref_columns: Vec<String>,
    on_delete: String,
    on_update: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct TableShape {
    columns: BTreeMap<String, ColumnShape>,
    primary_key: Vec<String>,
    /// How many indexes of each shape the table has.
    indexes: BTreeMap<IndexShape, usize>,
    /// How many foreign keys of each shape the table has.
    foreign_keys: BTreeMap<ForeignKeyShape, usize>,
}

type Schema = BTreeMap<String, TableShape>;

impl fmt::Display for IndexShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unique = if self.unique { "unique " } else { "" };
        let partial = if self.partial { " (partial)" } else { "" };
        write!(f, "{unique}index ({}){partial}", self.columns.join(", "))
    }
}

impl fmt::Display for ForeignKeyShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "foreign key ({}) -> {} ({}) ON DELETE {} ON UPDATE {}",
            self.columns.join(", "),
            self.ref_table,
            self.ref_columns.join(", "),
            self.on_delete,
            self.on_update
        )
    }
}

/// Every difference between the two schemas, one readable line each; empty when they match.
fn diff(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    let names: BTreeSet<&String> = sqlite.keys().chain(postgres.keys()).collect();
    for name in names {
        match (sqlite.get(name), postgres.get(name)) {
            (Some(s), Some(p)) => diff_table(name, s, p, &mut out),
            (Some(_), None) => out.push(format!("table {name}: only in SQLite")),
            (None, _) => out.push(format!("table {name}: only in PostgreSQL")),
        }
    }
    out
}

fn diff_table(table: &str, s: &TableShape, p: &TableShape, out: &mut Vec<String>) {
    let columns: BTreeSet<&String> = s.columns.keys().chain(p.columns.keys()).collect();
    for column in columns {
        let at = format!("column {table}.{column}");
        match (s.columns.get(column), p.columns.get(column)) {
            (Some(sc), Some(pc)) => {
                if sc.data_type != pc.data_type {
                    out.push(format!(
                        "{at}: type `{}` in SQLite, `{}` in PostgreSQL",
                        sc.data_type, pc.data_type
                    ));
                }
                if sc.not_null != pc.not_null {
                    let nullability = |not_null| if not_null { "NOT NULL" } else { "nullable" };
                    out.push(format!(
                        "{at}: {} in SQLite, {} in PostgreSQL",
                        nullability(sc.not_null),
                        nullability(pc.not_null)
                    ));
                }
            }
            (Some(_), None) => out.push(format!("{at}: only in SQLite")),
            (None, _) => out.push(format!("{at}: only in PostgreSQL")),
        }
    }
    if s.primary_key != p.primary_key {
        out.push(format!(
            "primary key of {table}: ({}) in SQLite, ({}) in PostgreSQL",
            s.primary_key.join(", "),
            p.primary_key.join(", ")
        ));
    }
    diff_counted(table, &s.indexes, &p.indexes, out);
    diff_counted(table, &s.foreign_keys, &p.foreign_keys, out);
}

fn diff_counted<K: Ord + fmt::Display>(
    table: &str,
    s: &BTreeMap<K, usize>,
    p: &BTreeMap<K, usize>,
    out: &mut Vec<String>,
) {
    let keys: BTreeSet<&K> = s.keys().chain(p.keys()).collect();
    for key in keys {
        let (in_s, in_p) = (
            s.get(key).copied().unwrap_or(0),
            p.get(key).copied().unwrap_or(0),
        );
        match (in_s, in_p) {
            (a, b) if a == b => {}
            (_, 0) => out.push(format!("{table}: {key} only in SQLite")),
            (0, _) => out.push(format!("{table}: {key} only in PostgreSQL")),
            (a, b) => out.push(format!(
                "{table}: {key} {a} times in SQLite, {b} times in PostgreSQL"
            )),
        }
    }
}

/// An index expression compared across dialects: lower-case, without whitespace.
fn normalise_expression(expression: &str) -> String {
    expression
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The terms between the parentheses of `CREATE INDEX … ON table (…)`, normalised.
fn sqlite_index_terms(sql: &str) -> Vec<String> {
    let Some(open) = sql.find('(') else {
        return Vec::new();
    };
    let mut terms = Vec::new();
    let (mut depth, mut start) = (0usize, open + 1);
    for (i, c) in sql.char_indices().skip_while(|&(i, _)| i <= open) {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                terms.push(normalise_expression(&sql[start..i]));
                break;
            }
            ')' => depth -= 1,
            ',' if depth == 0 => {
                terms.push(normalise_expression(&sql[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    terms
}

fn text(row: &AnyRow, column: &str) -> String {
    row.try_get::<String, _>(column).unwrap().to_lowercase()
}

fn opt_text(row: &AnyRow, column: &str) -> Option<String> {
    row.try_get::<Option<String>, _>(column)
        .unwrap()
        .map(|s| s.to_lowercase())
}

fn int(row: &AnyRow, column: &str) -> i64 {
    row.try_get::<i64, _>(column).unwrap()
}

async fn rows(db: &Db, sql: &str) -> Vec<AnyRow> {
    sqlx::query(sql)
        .fetch_all(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}\nin\n{sql}"))
}

fn add_counted<K: Ord>(map: &mut BTreeMap<K, usize>, key: K) {
    *map.entry(key).or_default() += 1;
}

const SQLITE_TABLES: &str = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
     AND m.name <> '_sqlx_migrations'";

async fn sqlite_schema(db: &Db) -> Schema {
    let mut schema = Schema::new();

    let columns = rows(
        db,
        &format!(
            "SELECT m.name AS table_name, c.name AS column_name, c.type AS data_type, \
                    c.\"notnull\" AS not_null, c.pk AS pk \
             FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE {SQLITE_TABLES} ORDER BY m.name, c.cid"
        ),
    )
    .await;
    let mut primary_keys: BTreeMap<String, Vec<(i64, String, String)>> = BTreeMap::new();
    for row in &columns {
        let (table, column) = (text(row, "table_name"), text(row, "column_name"));
        let declared = text(row, "data_type");
        let data_type = match declared.as_str() {
            "blob" => "bytea".to_owned(),
            _ => declared.clone(),
        };
        let pk = int(row, "pk");
        if pk > 0 {
            primary_keys
                .entry(table.clone())
                .or_default()
                .push((pk, column.clone(), declared));
        }
        schema.entry(table).or_default().columns.insert(
            column,
            ColumnShape {
                data_type,
                not_null: int(row, "not_null") != 0,
            },
        );
    }
    for (table, mut key) in primary_keys {
        key.sort();
        let shape = schema.entry(table).or_default();
        if let [(_, column, declared)] = key.as_slice() {
            // The rowid alias: NULL is replaced by a fresh rowid, so it never holds NULL.
            if declared == "integer" {
                if let Some(c) = shape.columns.get_mut(column) {
                    c.not_null = true;
                }
            }
        }
        shape.primary_key = key.into_iter().map(|(_, column, _)| column).collect();
    }

    let index_rows = rows(
        db,
        &format!(
            "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\" AS is_unique, \
                    il.partial AS is_partial, ii.seqno AS position, ii.name AS column_name, \
                    s.sql AS index_sql \
             FROM sqlite_master m \
             JOIN pragma_index_list(m.name) il \
             JOIN pragma_index_info(il.name) ii \
             LEFT JOIN sqlite_master s ON s.type = 'index' AND s.name = il.name \
             WHERE {SQLITE_TABLES} AND il.origin <> 'pk' \
             ORDER BY m.name, il.name, ii.seqno"
        ),
    )
    .await;
    let mut indexes: BTreeMap<(String, String), IndexShape> = BTreeMap::new();
    for row in &index_rows {
        let column = opt_text(row, "column_name").unwrap_or_else(|| {
            // An expression: SQLite reports no name, so take it from the index's SQL.
            let position = usize::try_from(int(row, "position")).unwrap();
            opt_text(row, "index_sql")
                .and_then(|sql| sqlite_index_terms(&sql).get(position).cloned())
                .unwrap_or_else(|| "<expression>".to_owned())
        });
        indexes
            .entry((text(row, "table_name"), text(row, "index_name")))
            .or_insert_with(|| IndexShape {
                columns: Vec::new(),
                unique: int(row, "is_unique") != 0,
                partial: int(row, "is_partial") != 0,
            })
            .columns
            .push(column);
    }
    for ((table, _), index) in indexes {
        add_counted(&mut schema.entry(table).or_default().indexes, index);
    }

    let fk_rows = rows(
        db,
        &format!(
            "SELECT m.name AS table_name, fk.id AS fk_id, fk.\"table\" AS ref_table, \
                    fk.\"from\" AS column_name, fk.\"to\" AS ref_column, \
                    fk.on_update AS on_update, fk.on_delete AS on_delete \
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk \
             WHERE {SQLITE_TABLES} ORDER BY m.name, fk.id, fk.seq"
        ),
    )
    .await;
    // Referenced columns are None where the key names only the table (its primary key).
    type Key = (String, i64);
    let mut fks: BTreeMap<Key, (ForeignKeyShape, Vec<Option<String>>)> = BTreeMap::new();
    for row in &fk_rows {
        let (fk, ref_columns) = fks
            .entry((text(row, "table_name"), int(row, "fk_id")))
            .or_insert_with(|| {
                let fk = ForeignKeyShape {
                    columns: Vec::new(),
                    ref_table: text(row, "ref_table"),
                    ref_columns: Vec::new(),
                    on_delete: text(row, "on_delete").to_uppercase(),
                    on_update: text(row, "on_update").to_uppercase(),
                };
                (fk, Vec::new())
            });
        fk.columns.push(text(row, "column_name"));
        ref_columns.push(opt_text(row, "ref_column"));
    }
    for ((table, _), (mut fk, ref_columns)) in fks {
        fk.ref_columns = if ref_columns.iter().all(Option::is_some) {
            ref_columns.into_iter().flatten().collect()
        } else {
            schema
                .get(&fk.ref_table)
                .map(|t| t.primary_key.clone())
                .unwrap_or_default()
        };
        add_counted(&mut schema.entry(table).or_default().foreign_keys, fk);
    }
    schema
}

async fn postgres_schema(db: &Db) -> Schema {
    let mut schema = Schema::new();

    let columns = rows(
        db,
        "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name, \
                c.data_type::text AS data_type, \
                (CASE WHEN c.is_nullable = 'NO' THEN 1 ELSE 0 END)::bigint AS not_null \
         FROM information_schema.columns c \
         JOIN information_schema.tables t \
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
           AND c.table_name <> '_sqlx_migrations' \
         ORDER BY c.table_name, c.ordinal_position",
    )
    .await;
    for row in &columns {
        schema
            .entry(text(row, "table_name"))
            .or_default()
            .columns
            .insert(
                text(row, "column_name"),
                ColumnShape {
                    data_type: text(row, "data_type"),
                    not_null: int(row, "not_null") != 0,
                },
            );
    }

    let pk_rows = rows(
        db,
        "SELECT tc.table_name::text AS table_name, kcu.column_name::text AS column_name \
         FROM information_schema.table_constraints tc \
         JOIN information_schema.key_column_usage kcu \
           ON kcu.constraint_schema = tc.constraint_schema \
          AND kcu.constraint_name = tc.constraint_name \
          AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name \
         WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' \
           AND tc.table_name <> '_sqlx_migrations' \
         ORDER BY tc.table_name, kcu.ordinal_position",
    )
    .await;
    for row in &pk_rows {
        schema
            .entry(text(row, "table_name"))
            .or_default()
            .primary_key
            .push(text(row, "column_name"));
    }

    let index_rows = rows(
        db,
        "SELECT t.relname::text AS table_name, i.relname::text AS index_name, \
                (CASE WHEN ix.indisunique THEN 1 ELSE 0 END)::bigint AS is_unique, \
                (CASE WHEN ix.indpred IS NULL THEN 0 ELSE 1 END)::bigint AS is_partial, \
                k.ord::bigint AS position, \
                (CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) \
                      ELSE a.attname::text END) AS column_name \
         FROM pg_index ix \
         JOIN pg_class i ON i.oid = ix.indexrelid \
         JOIN pg_class t ON t.oid = ix.indrelid \
         JOIN pg_namespace n ON n.oid = t.relnamespace \
         CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) \
         LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
         WHERE n.nspname = 'public' AND t.relkind = 'r' AND NOT ix.indisprimary \
           AND t.relname <> '_sqlx_migrations' AND k.ord <= ix.indnkeyatts \
         ORDER BY t.relname, i.relname, k.ord",
    )
    .await;
    let mut indexes: BTreeMap<(String, String), IndexShape> = BTreeMap::new();
    for row in &index_rows {
        indexes
            .entry((text(row, "table_name"), text(row, "index_name")))
            .or_insert_with(|| IndexShape {
                columns: Vec::new(),
                unique: int(row, "is_unique") != 0,
                partial: int(row, "is_partial") != 0,
            })
            .columns
            .push(normalise_expression(&text(row, "column_name")));
    }
    for ((table, _), index) in indexes {
        add_counted(&mut schema.entry(table).or_default().indexes, index);
    }

    let rule = |column: &str| {
        format!(
            "(CASE c.{column} WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' \
                 WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' \
                 WHEN 'd' THEN 'SET DEFAULT' ELSE c.{column}::text END)"
        )
    };
    let fk_rows = rows(
        db,
        &format!(
            "SELECT t.relname::text AS table_name, c.oid::bigint AS fk_id, \
                    rt.relname::text AS ref_table, a.attname::text AS column_name, \
                    ra.attname::text AS ref_column, {} AS on_delete, {} AS on_update \
             FROM pg_constraint c \
             JOIN pg_class t ON t.oid = c.conrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN pg_class rt ON rt.oid = c.confrelid \
             CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, ref_col, ord) \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col \
             JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.ref_col \
             WHERE c.contype = 'f' AND n.nspname = 'public' AND t.relname <> '_sqlx_migrations' \
             ORDER BY t.relname, c.oid, k.ord",
            rule("confdeltype"),
            rule("confupdtype"),
        ),
    )
    .await;
    let mut fks: BTreeMap<(String, i64), ForeignKeyShape> = BTreeMap::new();
    for row in &fk_rows {
        let fk = fks
            .entry((text(row, "table_name"), int(row, "fk_id")))
            .or_insert_with(|| ForeignKeyShape {
                columns: Vec::new(),
                ref_table: text(row, "ref_table"),
                ref_columns: Vec::new(),
                on_delete: text(row, "on_delete").to_uppercase(),
                on_update: text(row, "on_update").to_uppercase(),
            });
        fk.columns.push(text(row, "column_name"));
        fk.ref_columns.push(text(row, "ref_column"));
    }
    for ((table, _), fk) in fks {
        add_counted(&mut schema.entry(table).or_default().foreign_keys, fk);
    }
    schema
}

/// Guards against a vacuous pass: each part of the catalogue was actually read.
fn assert_read_everything(backend: &str, schema: &Schema) {
    let tables = schema.values();
    assert!(schema.contains_key("users"), "{backend}: no users table");
    assert!(
        tables.clone().all(|t| !t.columns.is_empty()),
        "{backend}: a table without columns"
    );
    assert!(
        tables.clone().all(|t| !t.primary_key.is_empty()),
        "{backend}: a table without primary key"
    );
    assert!(
        tables.clone().any(|t| t.indexes.keys().any(|i| i.unique)),
        "{backend}: no unique index read"
    );
    assert!(
        tables.clone().any(|t| t.indexes.keys().any(|i| !i.unique)),
        "{backend}: no plain index read"
    );
    assert!(
        tables
            .clone()
            .any(|t| t.foreign_keys.keys().any(|f| f.columns.len() > 1)),
        "{backend}: no composite foreign key read"
    );
}

#[tokio::test]
async fn sqlite_and_postgres_schemas_match() {
    if !backends().contains(&Backend::Postgres) {
        return;
    }
    let sqlite_db = TestDb::new(Backend::Sqlite).await;
    let postgres_db = TestDb::new(Backend::Postgres).await;
    let sqlite = sqlite_schema(&sqlite_db.db).await;
    let postgres = postgres_schema(&postgres_db.db).await;
    sqlite_db.cleanup().await;
    postgres_db.cleanup().await;

    assert_read_everything("SQLite", &sqlite);
    assert_read_everything("PostgreSQL", &postgres);
    let differences = diff(&sqlite, &postgres);
    assert!(
        differences.is_empty(),
        "the migrated schemas differ ({} differences):\n  {}",
        differences.len(),
        differences.join("\n  ")
    );
}

fn sample_schema() -> Schema {
    let column = |data_type: &str, not_null| ColumnShape {
        data_type: data_type.into(),
        not_null,
    };
    let table = TableShape {
        columns: BTreeMap::from([
            ("id".to_owned(), column("text", true)),
            ("email".to_owned(), column("text", true)),
            ("created_at".to_owned(), column("bigint", true)),
        ]),
        primary_key: vec!["id".into()],
        indexes: BTreeMap::from([(
            IndexShape {
                columns: vec!["email".into()],
                unique: true,
                partial: false,
            },
            1,
        )]),
        foreign_keys: BTreeMap::new(),
    };
    Schema::from([("users".to_owned(), table)])
}

#[test]
fn comparison_reports_a_nullability_difference() {
    let sqlite = sample_schema();
    assert!(diff(&sqlite, &sqlite.clone()).is_empty());
    let mut postgres = sqlite.clone();
    if let Some(c) = postgres.get_mut("users").unwrap().columns.get_mut("email") {
        c.not_null = false;
    }
    assert_eq!(
        diff(&sqlite, &postgres),
        vec!["column users.email: NOT NULL in SQLite, nullable in PostgreSQL"]
    );
}

#[test]
fn comparison_reports_tables_columns_and_indexes_on_their_side() {
    let sqlite = sample_schema();
    let mut postgres = sqlite.clone();
    let users = postgres.get_mut("users").unwrap();
    users.columns.remove("created_at");
    users.indexes.clear();
    users.indexes.insert(
        IndexShape {
            columns: vec!["email".into()],
            unique: false,
            partial: false,
        },
        1,
    );
    postgres.insert("extra".into(), TableShape::default());
    assert_eq!(
        diff(&sqlite, &postgres),
        vec![
            "table extra: only in PostgreSQL",
            "column users.created_at: only in SQLite",
            "users: index (email) only in PostgreSQL",
            "users: unique index (email) only in SQLite",
        ]
    );
}

#[test]
fn sqlite_index_expressions_are_read_from_the_sql() {
    assert_eq!(
        sqlite_index_terms("CREATE UNIQUE INDEX t_idx ON teams(org_id, LOWER( name ))"),
        vec!["org_id", "lower(name)"]
    );
}
