//! Dates as the corpus and the reader's texts write them, `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, parsed in this one place for every consumer.

use crate::corpus::DatePrecision;

/// Month names, for labels.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    /// The year, 1000 to 2999.
    pub year: u32,
    /// The month, 1 to 12, if known.
    pub month: Option<u32>,
    /// The day, 1 to 31, if known (only with a month).
    pub day: Option<u32>,
}

impl Date {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part with exactly its
    /// digits and in range; anything else is `None`.
    ///
    /// ```
    /// use lens_engine::date::Date;
    /// assert_eq!(Date::parse("2021-09"), Some(Date { year: 2021, month: Some(9), day: None }));
    /// assert_eq!(Date::parse("2021-13"), None);
    /// assert_eq!(Date::parse("Sept 2021"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let number = |s: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
                .filter(|n| range.contains(n))
        };
        let parts: Vec<&str> = text.split('-').collect();
        let year = number(parts[0], 4, 1000..=2999)?;
        let (month, day) = match parts[1..] {
            [] => (None, None),
            [m] => (Some(number(m, 2, 1..=12)?), None),
            [m, d] => (Some(number(m, 2, 1..=12)?), Some(number(d, 2, 1..=31)?)),
            _ => return None,
        };
        Some(Date { year, month, day })
    }

    /// How precisely it is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (_, Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// Months since year 0, with the unknown parts at their middle: a place on
    /// a time axis.
    ///
    /// ```
    /// use lens_engine::date::Date;
    /// let at = |s| Date::parse(s).unwrap().months();
    /// assert!(at("2020-01-01") < at("2020-01") && at("2020-01") < at("2020"));
    /// ```
    pub fn months(&self) -> f64 {
        let month = self.month.map_or(6.0, f64::from);
        let day = self.day.map_or(15.0, f64::from);
        f64::from(self.year) * 12.0 + (month - 1.0) + (day - 1.0) / 31.0
    }

    /// Written out to `precision` at most: "8 September 2020", "September
    /// 2019", "2021".
    ///
    /// ```
    /// use lens_engine::{corpus::DatePrecision, date::Date};
    /// let d = Date::parse("2020-09-08").unwrap();
    /// assert_eq!(d.label(DatePrecision::Day), "8 September 2020");
    /// assert_eq!(d.label(DatePrecision::Month), "September 2020");
    /// ```
    pub fn label(&self, precision: DatePrecision) -> String {
        let month = self.month.map(|m| MONTHS[m as usize - 1]);
        match (month, self.day, precision) {
            (Some(m), Some(d), DatePrecision::Day) => format!("{d} {m} {}", self.year),
            (Some(m), _, DatePrecision::Day | DatePrecision::Month) => format!("{m} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}
