//! The bench's figures: one column per database and dataset, one row per figure, with the
//! goal beside it and the change from the small to the large dataset.

use std::collections::HashMap;

/// What each figure means, in table order: key, label, unit, goal.
const ROWS: &[(&str, &str, &str, &str)] = &[
    (
        "static-rps",
        "static file, 32 connections",
        "req/s",
        "≥ 20 000",
    ),
    ("static-p99", "static file p99", "ms", ""),
    (
        "static-one-connection-rps",
        "static file, one keep-alive connection",
        "req/s",
        "no stall",
    ),
    (
        "static-one-connection-p50",
        "static file, one connection, p50",
        "ms",
        "≈ 1 request's time",
    ),
    (
        "members-rps",
        "members page (50 rows), 32 connections",
        "req/s",
        "≥ 3 000",
    ),
    ("members-share", "members page / static file", "%", "≥ 25"),
    ("members-p50", "members page p50", "ms", ""),
    ("members-p99", "members page p99", "ms", "< 20"),
    ("members-failed", "members page failed requests", "", "0"),
    ("dashboard-rps", "dashboard, 32 connections", "req/s", ""),
    ("dashboard-share", "dashboard / static file", "%", ""),
    ("dashboard-p50", "dashboard p50", "ms", ""),
    ("dashboard-p99", "dashboard p99", "ms", ""),
    ("dashboard-failed", "dashboard failed requests", "", "0"),
    (
        "read-fn-rate",
        "read server function at 1 000 req/s: achieved",
        "req/s",
        "1 000",
    ),
    ("read-fn-p50", "read server function p50", "ms", ""),
    ("read-fn-p99", "read server function p99", "ms", "< 5"),
    ("sign-ins-rps", "password sign-ins, 16 addresses", "/s", ""),
    ("argon2-rps", "Argon2id verifies, same parameters", "/s", ""),
    ("sign-in-share", "sign-ins / Argon2id verifies", "%", "≥ 85"),
    ("sign-ins-failed", "sign-ins refused or failed", "", "0"),
    (
        "sign-ins-with-readers-rps",
        "sign-ins while 4 readers load the members page",
        "/s",
        "",
    ),
    (
        "reads-during-flood-rps",
        "members page reads during the flood (4 connections)",
        "req/s",
        "",
    ),
    (
        "reads-during-flood-p99",
        "members page p99 during the flood",
        "ms",
        "< 50",
    ),
    ("queries-members", "queries per members page", "", ""),
    ("queries-dashboard", "queries per dashboard", "", ""),
    (
        "queries-read-fn",
        "queries per read server function",
        "",
        "",
    ),
    ("queries-static", "queries per static file", "", "0"),
    (
        "first-page-login-raw",
        "login page client files raw",
        "kB",
        "",
    ),
    (
        "first-page-login-gzip",
        "login page client files gzip",
        "kB",
        "",
    ),
    (
        "first-page-login-br",
        "login page client files brotli",
        "kB",
        "≤ 250",
    ),
    (
        "first-page-dashboard-br",
        "dashboard client files brotli",
        "kB",
        "≤ 250",
    ),
];

/// One measured server: a database with a dataset.
pub struct Run {
    label: String,
    values: HashMap<String, f64>,
    notes: Vec<String>,
}

impl Run {
    pub fn new(label: &str) -> Run {
        Run {
            label: label.to_owned(),
            values: HashMap::new(),
            notes: vec![],
        }
    }

    pub fn set(&mut self, key: &str, value: f64) {
        self.values.insert(key.to_owned(), value);
    }

    pub fn get(&self, key: &str) -> Option<f64> {
        self.values.get(key).copied()
    }

    pub fn note(&mut self, note: String) {
        self.notes.push(note);
    }
}

#[derive(Default)]
pub struct Table {
    runs: Vec<Run>,
}

impl Table {
    pub fn push(&mut self, run: Run) {
        self.runs.push(run);
    }

    /// A Markdown table; runs come in small/large pairs, each pair followed by the change.
    pub fn markdown(&self) -> String {
        let mut header = vec!["figure".to_owned()];
        for pair in self.runs.chunks(2) {
            for run in pair {
                header.push(run.label.clone());
            }
            if pair.len() == 2 {
                header.push("large / small".into());
            }
        }
        header.push("goal".into());
        let mut out = format!(
            "| {} |\n|{}\n",
            header.join(" | "),
            "---|".repeat(header.len())
        );
        for (key, label, unit, goal) in ROWS {
            if self.runs.iter().all(|r| r.get(key).is_none()) {
                continue;
            }
            let mut cells = vec![if unit.is_empty() {
                (*label).to_owned()
            } else {
                format!("{label} ({unit})")
            }];
            for pair in self.runs.chunks(2) {
                for run in pair {
                    cells.push(run.get(key).map(format_value).unwrap_or_else(|| "–".into()));
                }
                if let [small, large] = pair {
                    cells.push(match (small.get(key), large.get(key)) {
                        (Some(s), Some(l)) if s.abs() > f64::EPSILON => {
                            format!("{:+.0} %", 100.0 * (l - s) / s)
                        }
                        _ => "–".into(),
                    });
                }
            }
            cells.push((*goal).to_owned());
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        for run in &self.runs {
            for note in &run.notes {
                out.push_str(&format!("\n- {}: {note}", run.label));
            }
        }
        out
    }
}

fn format_value(value: f64) -> String {
    if value.is_nan() {
        "–".into()
    } else if value.abs() >= 100.0 {
        format!("{value:.0}")
    } else if value.abs() >= 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_shows_each_run_and_the_change_between_datasets() {
        let mut small = Run::new("sqlite small");
        small.set("members-rps", 1000.0);
        let mut large = Run::new("sqlite large");
        large.set("members-rps", 900.0);
        large.note("written".into());
        let mut table = Table::default();
        table.push(small);
        table.push(large);
        let text = table.markdown();
        assert!(text.contains("| figure | sqlite small | sqlite large | large / small | goal |"));
        assert!(text.contains(
            "| members page (50 rows), 32 connections (req/s) | 1000 | 900 | -10 % | ≥ 3 000 |"
        ));
        assert!(
            !text.contains("static file"),
            "rows nobody measured are left out"
        );
        assert!(text.contains("- sqlite large: written"));
    }
}
