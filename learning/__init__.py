"""orderdesk learns from its clerks (issue 24): sender profiles taught by approved
documents, the refit of their calibration, and the replay bench that measures both."""
