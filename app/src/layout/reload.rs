//! What a page's data reloads from: the number of times one of its actions succeeded.
//!
//! An action's `version()` counts every answer, failures too. A list or form that reloaded
//! after a failure would be built again and drop what the user had typed (and close the
//! card the error is shown in), so pages reload from successes only.

use domain::AppError;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Successes of an action: changes only when it answered `Ok`. Starts at 0 on the server
/// and in the browser, so both load the same data when the page is built.
pub fn successes<I, T>(action: Action<I, Result<T, AppError>>) -> Memo<usize>
where
    I: Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    count_successes(action.version(), move || {
        action.value().with(|v| matches!(v, Some(Ok(_))))
    })
}

/// [`successes`] of a server action (one an `ActionForm` submits).
pub fn server_successes<S>(action: ServerAction<S>) -> Memo<usize>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    count_successes(action.version(), move || {
        action.value().with(|v| matches!(v, Some(Ok(_))))
    })
}

fn count_successes(
    version: RwSignal<usize>,
    succeeded: impl Fn() -> bool + Send + Sync + 'static,
) -> Memo<usize> {
    // The version of the last answer that was a success: a failure keeps the previous one.
    Memo::new(move |previous: Option<&usize>| {
        let version = version.get();
        if succeeded() {
            version
        } else {
            previous.copied().unwrap_or(0)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_successes_change_the_count() {
        let owner = Owner::new();
        owner.set();
        let version = RwSignal::new(0usize);
        let ok = RwSignal::new(None::<bool>);
        let count = count_successes(version, move || ok.get() == Some(true));
        assert_eq!(count.get_untracked(), 0);
        // A failure: the count stays.
        ok.set(Some(false));
        version.set(1);
        assert_eq!(count.get_untracked(), 0);
        // A success: the count moves.
        ok.set(Some(true));
        version.set(2);
        assert_eq!(count.get_untracked(), 2);
        // Another failure keeps the last success.
        ok.set(Some(false));
        version.set(3);
        assert_eq!(count.get_untracked(), 2);
    }
}
