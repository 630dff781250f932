//! Today's year, for the check that a report's 年度 is not in the future. The library has no
//! clock of its own so that it stays pure; the command reads the system's.

use std::time::{SystemTime, UNIX_EPOCH};

pub fn current_year() -> Option<i32> {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some(year_of_day((seconds / 86_400) as i64))
}

/// The proleptic Gregorian year of a day counted from 1970-01-01.
fn year_of_day(days: i64) -> i32 {
    // Shift to 0000-03-01 so that leap days fall at the end of a 400-year era.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400 + i64::from(month_from_march >= 10);
    year as i32
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_fall_on_the_right_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(364), 1970);
        assert_eq!(year_of_day(365), 1971);
        // 2024-12-31 is day 20088; 2025-01-01 is day 20089.
        assert_eq!(year_of_day(20_088), 2024);
        assert_eq!(year_of_day(20_089), 2025);
        // 2000-02-29 (day 11016) and 2000-03-01.
        assert_eq!(year_of_day(11_016), 2000);
        assert_eq!(year_of_day(11_017), 2000);
    }
}
