from handlers.request_kind import RequestHandler


class StepDown(RequestHandler):
    name = "step_down"
    description = "A social worker asks for a family to step down to Early Help."
