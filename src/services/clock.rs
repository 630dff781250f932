//! The browser's clock.

/// Milliseconds since 1970, as `Date.now()`.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The local calendar year.
pub fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// A time of day as 「HH:MM:SS」 in local time.
pub fn time_of_day(ms: f64) -> String {
    let date = js_sys::Date::new(&ms.into());
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

/// A short unique id for a new draft.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{:x}{:x}", now_ms() as u64, random)
}
