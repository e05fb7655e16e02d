//! Server functions return `AppError` directly; transport failures map onto its codes.

use crate::AppError;
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // The same variants mean opposite things on each side: on the server (native)
        // `Deserialization` is a request body it could not read — the caller's fault —
        // and `Serialization` an answer it could not write; in the browser (wasm) it is the
        // other way round.
        let on_server = !cfg!(target_arch = "wasm32");
        match value {
            ServerFnErrorErr::Request(_) => AppError::Network,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => AppError::BadRequest,
            ServerFnErrorErr::Deserialization(_) if on_server => AppError::BadRequest,
            ServerFnErrorErr::Serialization(_) if !on_server => AppError::BadRequest,
            // The response could not be read (or written): the server is at fault.
            ServerFnErrorErr::Serialization(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::Response(_) => AppError::Internal {
                reference: String::new(),
            },
            ServerFnErrorErr::Registration(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_)
            | ServerFnErrorErr::ServerError(_)
            | ServerFnErrorErr::MiddlewareError(_) => AppError::Internal {
                reference: String::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_the_server_cannot_read_is_the_callers_fault() {
        let unreadable = ServerFnErrorErr::Deserialization("invalid type".into());
        assert_eq!(
            AppError::from_server_fn_error(unreadable),
            AppError::BadRequest
        );
        let unwritable = ServerFnErrorErr::Serialization("cannot encode".into());
        assert_eq!(
            AppError::from_server_fn_error(unwritable).code(),
            "internal"
        );
    }
}
