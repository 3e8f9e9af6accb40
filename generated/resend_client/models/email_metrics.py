# Generated from openapi/resend.yaml by the generator in generator/; do not edit by hand.
# Regenerate with: make generate

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_metrics_dimension import EmailMetricsDimension, check_email_metrics_dimension
from ..models.email_metrics_granularity import EmailMetricsGranularity, check_email_metrics_granularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_metrics_row import EmailMetricsRow
    from ..models.email_metrics_totals import EmailMetricsTotals


T = TypeVar("T", bound="EmailMetrics")


@_attrs_define
class EmailMetrics:
    """Email metrics for a period, as totals and as a breakdown into rows."""

    object_: str | Unset = UNSET
    """ Resource type, such as `metrics`. Treat it as a plain string. """
    start_date: str | Unset = UNSET
    """ Start of the period that was counted. """
    end_date: str | Unset = UNSET
    """ End of the period that was counted. """
    metrics: list[str] | Unset = UNSET
    """ Names of the metrics in `totals` and in the rows. The server may add names, so they are plain strings. """
    dimensions: list[EmailMetricsDimension] | Unset = UNSET
    """ Dimensions that split the rows. """
    granularity: EmailMetricsGranularity | Unset = UNSET
    """ Length of the time bucket that each `period` row covers. """
    totals: EmailMetricsTotals | Unset = UNSET
    """ Value of each metric over the whole period, keyed by metric name. """
    data: list[EmailMetricsRow] | Unset = UNSET
    """ Rows of the breakdown, one per combination of dimension values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        start_date = self.start_date

        end_date = self.end_date

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item: str = dimensions_item_data
                dimensions.append(dimensions_item)

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if totals is not UNSET:
            field_dict["totals"] = totals
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_metrics_row import EmailMetricsRow  # noqa: PLC0415
        from ..models.email_metrics_totals import EmailMetricsTotals  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        metrics = cast(list[str], d.pop("metrics", UNSET))

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[EmailMetricsDimension] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = check_email_metrics_dimension(dimensions_item_data)

                dimensions.append(dimensions_item)

        _granularity = d.pop("granularity", UNSET)
        granularity: EmailMetricsGranularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = check_email_metrics_granularity(_granularity)

        _totals = d.pop("totals", UNSET)
        totals: EmailMetricsTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = EmailMetricsTotals.from_dict(_totals)

        _data = d.pop("data", UNSET)
        data: list[EmailMetricsRow] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = EmailMetricsRow.from_dict(data_item_data)

                data.append(data_item)

        email_metrics = cls(
            object_=object_,
            start_date=start_date,
            end_date=end_date,
            metrics=metrics,
            dimensions=dimensions,
            granularity=granularity,
            totals=totals,
            data=data,
        )

        email_metrics.additional_properties = d
        return email_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..types import repr_of_set_fields  # noqa: E402

EmailMetrics.__repr__ = repr_of_set_fields  # type: ignore[method-assign, assignment]
