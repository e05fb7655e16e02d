//! Server functions return `AppError` directly; transport failures map onto its codes.

use crate::AppError;
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => AppError::Network,
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Serialization(_) => AppError::BadRequest,
            // The response could not be read: the server answered something unexpected.
            ServerFnErrorErr::Deserialization(_) | ServerFnErrorErr::Response(_) => {
                AppError::Internal {
                    reference: String::new(),
                }
            }
            ServerFnErrorErr::Registration(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_)
            | ServerFnErrorErr::ServerError(_)
            | ServerFnErrorErr::MiddlewareError(_) => AppError::Internal {
                reference: String::new(),
            },
        }
    }
}
