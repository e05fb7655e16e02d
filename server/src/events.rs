//! `/events`: a server-sent event stream for a signed-in console. It tells the console at
//! once when a sign-in of the same account asks for approval (`push` events carry the
//! waiting requests as JSON). The stream reads the database, so it works whichever instance
//! the waiting sign-in reached; it ends when its session does.

use crate::router::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use db::sessions::ActiveSession;
use std::convert::Infallible;
use std::time::Duration;

const POLL_EVERY: Duration = Duration::from_millis(1000);
/// The session is checked every this many polls.
const SESSION_CHECK_EVERY: u32 = 15;

struct Cursor {
    db: db::Db,
    session: ActiveSession,
    last: Option<String>,
    polls: u32,
}

pub async fn events(State(state): State<AppState>, req: Request) -> Response {
    let Some(session) = req.extensions().get::<ActiveSession>().cloned() else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let start = Cursor {
        db: state.db.clone(),
        session,
        last: None,
        polls: 0,
    };
    let stream = futures::stream::unfold(start, |mut cursor| async move {
        loop {
            if cursor.polls > 0 {
                tokio::time::sleep(POLL_EVERY).await;
            }
            cursor.polls += 1;
            if cursor.polls % SESSION_CHECK_EVERY == 0
                && !db::sessions::exists(&cursor.db, &cursor.session.token_hash)
                    .await
                    .unwrap_or(false)
            {
                return None;
            }
            let Ok(waiting) = db::push::waiting(&cursor.db, cursor.session.user.id).await else {
                continue;
            };
            let json = serde_json::to_string(&waiting).unwrap_or_else(|_| "[]".into());
            if cursor.last.as_ref() != Some(&json) {
                cursor.last = Some(json.clone());
                let event = Event::default().event("push").data(json);
                return Some((Ok::<_, Infallible>(event), cursor));
            }
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}
