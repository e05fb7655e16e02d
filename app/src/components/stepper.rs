//! The stepper of a wizard: where am I, how many steps, which are done.

use leptos::prelude::*;

/// The steps of one wizard, in order: usually a small enum.
pub trait WizardStep: Copy + PartialEq + Send + Sync + 'static {
    /// Every step, in order.
    const ALL: &'static [Self];

    /// The step's name, e.g. `Signal::derive(tr("invite-step-who"))`.
    fn label(self) -> Signal<String>;

    /// Position from 0.
    fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn is_first(self) -> bool {
        self.index() == 0
    }

    fn is_last(self) -> bool {
        self.index() + 1 == Self::ALL.len()
    }

    /// The step after this one, if any.
    fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    fn previous(self) -> Option<Self> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

/// Numbered steps; the current one has `aria-current="step"`, earlier ones are marked done.
/// On phones only the current step keeps its name on screen (the others keep it for screen
/// readers), so the numbers fit on one line.
#[component]
pub fn Stepper<S: WizardStep>(current: Signal<S>) -> impl IntoView {
    let labels: Vec<Signal<String>> = S::ALL.iter().map(|s| s.label()).collect();
    let index = Signal::derive(move || current.get().index());
    view! { <StepList labels index /> }
}

/// The list itself, not generic (the step type only decides the labels and the position).
#[component]
fn StepList(labels: Vec<Signal<String>>, index: Signal<usize>) -> impl IntoView {
    view! {
        <ol class="mn-stepper" data-testid="stepper">
            {labels
                .into_iter()
                .enumerate()
                .map(|(i, label)| {
                    view! {
                        <li
                            class="mn-stepper__step"
                            class:mn-stepper__step--done=move || { index.get() > i }
                            aria-current=move || (index.get() == i).then_some("step")
                            data-step=i + 1
                        >
                            <span class="mn-stepper__number" aria-hidden="true">{i + 1}</span>
                            <span class="mn-stepper__label">{label}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Three {
        A,
        B,
        C,
    }

    impl WizardStep for Three {
        const ALL: &'static [Self] = &[Three::A, Three::B, Three::C];
        fn label(self) -> Signal<String> {
            Signal::stored(String::new())
        }
    }

    #[test]
    fn steps_move_in_order_and_stop_at_the_ends() {
        assert_eq!(Three::A.next(), Some(Three::B));
        assert_eq!(Three::C.next(), None);
        assert_eq!(Three::A.previous(), None);
        assert_eq!(Three::C.previous(), Some(Three::B));
        assert!(Three::A.is_first() && Three::C.is_last() && !Three::B.is_last());
        assert_eq!(Three::C.index(), 2);
    }
}
