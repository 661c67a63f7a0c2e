# Generated from forms/complete_task.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complete_task.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_CompleteTaskDialog(object):
    def setupUi(self, CompleteTaskDialog):
        if not CompleteTaskDialog.objectName():
            CompleteTaskDialog.setObjectName(u"CompleteTaskDialog")
        CompleteTaskDialog.resize(460, 340)
        self.layout = QVBoxLayout(CompleteTaskDialog)
        self.layout.setObjectName(u"layout")
        self.task_title = QLabel(CompleteTaskDialog)
        self.task_title.setObjectName(u"task_title")
        self.task_title.setWordWrap(True)

        self.layout.addWidget(self.task_title)

        self.result_label = QLabel(CompleteTaskDialog)
        self.result_label.setObjectName(u"result_label")

        self.layout.addWidget(self.result_label)

        self.result = QPlainTextEdit(CompleteTaskDialog)
        self.result.setObjectName(u"result")

        self.layout.addWidget(self.result)

        self.next_step = QCheckBox(CompleteTaskDialog)
        self.next_step.setObjectName(u"next_step")

        self.layout.addWidget(self.next_step)

        self.next_form = QFormLayout()
        self.next_form.setObjectName(u"next_form")
        self.next_title_label = QLabel(CompleteTaskDialog)
        self.next_title_label.setObjectName(u"next_title_label")

        self.next_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_title_label)

        self.next_title = QLineEdit(CompleteTaskDialog)
        self.next_title.setObjectName(u"next_title")
        self.next_title.setEnabled(False)

        self.next_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_title)

        self.next_kind_label = QLabel(CompleteTaskDialog)
        self.next_kind_label.setObjectName(u"next_kind_label")

        self.next_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_kind_label)

        self.next_kind = QComboBox(CompleteTaskDialog)
        self.next_kind.setObjectName(u"next_kind")
        self.next_kind.setEnabled(False)

        self.next_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_kind)

        self.next_when_label = QLabel(CompleteTaskDialog)
        self.next_when_label.setObjectName(u"next_when_label")

        self.next_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_when_label)

        self.next_when_row = QHBoxLayout()
        self.next_when_row.setObjectName(u"next_when_row")
        self.next_date = QLineEdit(CompleteTaskDialog)
        self.next_date.setObjectName(u"next_date")
        self.next_date.setEnabled(False)
        self.next_date.setMaximumWidth(150)

        self.next_when_row.addWidget(self.next_date)

        self.next_time = QTimeEdit(CompleteTaskDialog)
        self.next_time.setObjectName(u"next_time")
        self.next_time.setEnabled(False)

        self.next_when_row.addWidget(self.next_time)

        self.next_note = QLabel(CompleteTaskDialog)
        self.next_note.setObjectName(u"next_note")

        self.next_when_row.addWidget(self.next_note)

        self.next_when_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_when_row.addItem(self.next_when_spacer)


        self.next_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.next_when_row)


        self.layout.addLayout(self.next_form)

        self.error = QLabel(CompleteTaskDialog)
        self.error.setObjectName(u"error")
        self.error.setObjectName(u"fieldError")

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(CompleteTaskDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.result_label.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompleteTaskDialog)

        QMetaObject.connectSlotsByName(CompleteTaskDialog)
    # setupUi

    def retranslateUi(self, CompleteTaskDialog):
        CompleteTaskDialog.setWindowTitle(QCoreApplication.translate("CompleteTaskDialog", u"Complete the task", None))
        self.result_label.setText(QCoreApplication.translate("CompleteTaskDialog", u"&Result (goes into the client's history)", None))
        self.next_step.setText(QCoreApplication.translate("CompleteTaskDialog", u"Plan the &next step", None))
        self.next_title_label.setText(QCoreApplication.translate("CompleteTaskDialog", u"What", None))
        self.next_kind_label.setText(QCoreApplication.translate("CompleteTaskDialog", u"Kind", None))
        self.next_when_label.setText(QCoreApplication.translate("CompleteTaskDialog", u"When", None))
    # retranslateUi
