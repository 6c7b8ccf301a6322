## Refusals from the domain services

error-name-length = A name needs { $min } to { $max } characters; this one has { $length }. Please send it again.
error-title-length = A title needs { $min } to { $max } characters; this one has { $length }. Please send it again.
error-reason-length = A reason needs { $min } to { $max } characters; this one has { $length }. Please send it again.
error-organization-name-length = An organization name needs { $min } to { $max } characters; this one has { $length }. Please send it again.
error-search-too-short = Type at least { $min } letters of the name.
error-pick-one = Choose at least one.
error-organization-gone = That organization is no longer available. Please search again.
error-organization-missing = Choose your organization first.
error-person-not-found = This person is no longer registered.
error-not-allowed = You are not allowed to do this.
