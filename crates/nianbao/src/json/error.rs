//! What a refused document reports: one [`ReadError`] per problem.

use std::fmt;
use std::ops::Deref;

/// One problem of a document, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The dotted JSON path (`requests.received.total`); empty for the document as a whole.
    pub path: String,
    /// In Chinese, for the people who fix the file: the place, what is wrong, what was expected.
    pub message: String,
}

impl ReadError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> ReadError {
        ReadError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A problem of the whole document has no path, and a bare leading "：" would look broken.
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}：{}", self.path, self.message)
        }
    }
}

impl std::error::Error for ReadError {}

/// Every problem of a refused document, in document order; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadErrors(pub Vec<ReadError>);

impl ReadErrors {
    pub fn iter(&self) -> std::slice::Iter<'_, ReadError> {
        self.0.iter()
    }

    pub fn into_vec(self) -> Vec<ReadError> {
        self.0
    }
}

impl Deref for ReadErrors {
    type Target = [ReadError];

    fn deref(&self) -> &[ReadError] {
        &self.0
    }
}

impl From<ReadError> for ReadErrors {
    fn from(error: ReadError) -> ReadErrors {
        ReadErrors(vec![error])
    }
}

impl IntoIterator for ReadErrors {
    type Item = ReadError;
    type IntoIter = std::vec::IntoIter<ReadError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ReadErrors {
    type Item = &'a ReadError;
    type IntoIter = std::slice::Iter<'a, ReadError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for ReadErrors {
    /// One problem per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ReadErrors {}
